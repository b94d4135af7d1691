import { CalendarOutlined } from '@ant-design/icons';
import { menuPage } from '../shell/manifest';

/** 节假日: the calendar due dates are counted on. */
const menu = { order: 130, icon: <CalendarOutlined /> };
export const manifest = menuPage('holidays', 'HolidaysPage', 'holidays.menu', menu);
