// The grid's look through AG Grid's Theming API (no CSS theme files): Quartz, our CJK font
// stack and the workbench's accent, so the grid sits in the page rather than on it.
import { themeQuartz } from 'ag-grid-community';

export const gridTheme = themeQuartz.withParams({
  fontFamily: ['Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'],
  fontSize: 13,
  accentColor: '#2563eb',
  headerFontWeight: 600,
  rowHeight: 32,
  headerHeight: 36,
  spacing: 6,
  wrapperBorderRadius: 0,
});
