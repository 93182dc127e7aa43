// ag-grid's modules, Chinese locale and the app's theme for grids created outside DataGrid (InfiniteGrid). The values
// mirror DataGrid's so a register of 100,000 looks exactly like the short lists; registering the modules twice is
// harmless, and doing it here means InfiniteGrid works even on a page that never imports DataGrid.
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

export const GRID_LOCALE = AG_GRID_LOCALE_CN;

export const gridTheme = themeQuartz.withParams({
  fontFamily: ['Microsoft YaHei', '微软雅黑', 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'sans-serif'],
  fontSize: 14,
  headerFontWeight: 600,
  headerBackgroundColor: '#f2f6fb',
  accentColor: '#2660aa',
  borderColor: '#e4e7eb',
  rowHeight: 36,
  headerHeight: 38,
  wrapperBorderRadius: 4,
});
