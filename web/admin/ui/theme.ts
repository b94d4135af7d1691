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

/**
 * On a phone every control is a finger's tap target: at least 44 × 44 px (WCAG 2.5.5, SPEC §10).
 * antd sizes buttons, inputs, selects and pagination by these heights; an icon-only button is as
 * wide as it is high.
 */
export const TAP_TARGET_PX = 44;
export const phoneTheme: ThemeConfig = {
  ...appTheme,
  token: {
    ...appTheme.token,
    controlHeight: TAP_TARGET_PX,
    controlHeightSM: TAP_TARGET_PX,
    controlHeightLG: 48,
  },
  components: {
    ...appTheme.components,
    // antd makes a day cell 1.5 × controlHeightSM wide (66 px here): seven of them do not fit a
    // 390-px screen and the calendar's first columns fell off its left edge
    DatePicker: { cellWidth: TAP_TARGET_PX, cellHeight: TAP_TARGET_PX },
  },
};
