import { ApartmentOutlined } from '@ant-design/icons';
import { menuPage } from '../shell/manifest';

/** 组织机构: the units' tree. */
const menu = { order: 20, icon: <ApartmentOutlined /> };
export const manifest = menuPage('orgs', 'OrgsPage', 'menu.orgs', menu);
