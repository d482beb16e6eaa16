/** One Mantine theme: AA contrast (filled colours at shade 9 under white text; dimmed text darker than Mantine's
 * default) every close button labelled, and badges never cut to an ellipsis. */
import { Badge, createTheme, type CSSVariablesResolver, Drawer, Modal, Notification } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 9,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
  headings: { fontWeight: '650' },
  components: {
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } } }),
    // A badge is a word a person reads ("RECEIVED", "VIOLATED"): it never shrinks to an ellipsis; a narrow table
    // column grows (or the table scrolls) instead.
    Badge: Badge.extend({
      styles: { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible', textOverflow: 'clip' } },
    }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    // Text on light blue (the current page in the navigation, light buttons and badges) at shade 9: 5.3:1 on the hover
    // tint, where Mantine's shade 6 read 3.2–4.0:1.
    '--mantine-color-blue-light-color': t.colors.blue[9] ?? '#1864ab',
  },
  dark: {},
});
