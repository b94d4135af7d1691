import type { ThemeConfig } from 'antd';

/** Dark red-brown of the side menu; the drawer on phones uses the same. */
export const siderBackground = '#3d0a0a';

/** Party red as the brand colour; everything else stays antd's default design tokens. */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#c8102e',
    borderRadius: 6,
  },
  components: {
    Layout: { siderBg: siderBackground },
    Menu: {
      darkItemBg: siderBackground,
      darkSubMenuItemBg: siderBackground,
      darkItemSelectedBg: '#c8102e',
    },
  },
};
