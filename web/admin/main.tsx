import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Grid } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'antd/dist/reset.css';
import './ui/phone.css';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App';
import { t } from './i18n';
import { registerServiceWorker } from './modules/offline/utils/serviceWorker';
import { createQueryClient } from './ui/queryClient';
import { appTheme, phoneTheme } from './ui/theme';

dayjs.locale('zh-cn');
document.title = t('app.title');

const queryClient = createQueryClient();
// the first time a service worker takes over, load again what is on screen so it is kept offline
registerServiceWorker(() => void queryClient.refetchQueries({ type: 'active' }));

/** The desktop theme, or on a phone (narrower than antd's md, 768 px) the one with 44-px targets. */
function Themed({ children }: { children: ReactNode }) {
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  return (
    <ConfigProvider
      locale={zhCNLocale}
      theme={phone ? phoneTheme : appTheme}
      button={{ autoInsertSpace: false }}
    >
      {children}
    </ConfigProvider>
  );
}
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <Themed>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </Themed>
  </StrictMode>,
);
