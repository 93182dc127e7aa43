// Chinese application menu. Built-in roles keep the standard shortcuts (Ctrl+C, Ctrl+Z, F11 …); only the labels
// are ours, because Electron's default labels are English.
import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { WINDOW_TITLE } from './window';

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: '关于',
    message: WINDOW_TITLE,
    detail: `版本 ${app.getVersion()}\n乡镇劳动保障站实名制台账：离线运行，数据只保存在本机。`,
    buttons: ['确定'],
  };
  const owner = BrowserWindow.getFocusedWindow();
  const shown = owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options);
  shown.catch((error: unknown) => console.error('无法显示“关于”对话框', error));
}

export function buildAppMenu(): Menu {
  const template: MenuItemConstructorOptions[] = [
    { label: '文件(&F)', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑(&E)',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        { role: 'reload', label: '重新加载' },
        { type: 'separator' },
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    { label: '帮助(&H)', submenu: [{ label: '关于', click: showAbout }] },
  ];
  return Menu.buildFromTemplate(template);
}

export function installAppMenu(): void {
  Menu.setApplicationMenu(buildAppMenu());
}
