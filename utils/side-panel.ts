import { browser } from '#imports';

/**
 * Opening and closing the side panel (Chrome `sidePanel`) or sidebar (Firefox `sidebarAction`).
 * Both browsers only open it in direct answer to a user action, so callers must call these
 * before any `await`.
 */
interface SidebarAction {
  open(): Promise<void>;
  close(): Promise<void>;
  toggle?(): Promise<void>;
}
const sidebarAction = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
  close?(options: { windowId?: number }): Promise<void>;
}
const sidePanel = (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;

/** Windows whose side panel is open: each panel keeps a port to the background while it lives. */
const openIn = new Set<number>();

export function trackSidePanels(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (!port.name.startsWith('sidepanel:')) return;
    const windowId = Number(port.name.slice('sidepanel:'.length));
    openIn.add(windowId);
    port.onDisconnect.addListener(() => openIn.delete(windowId));
  });
}

export function openSidePanel(windowId: number): Promise<void> {
  if (sidePanel) return sidePanel.open({ windowId });
  return sidebarAction ? sidebarAction.open() : Promise.resolve();
}

export function toggleSidePanel(windowId: number): Promise<void> {
  if (sidePanel) {
    if (openIn.has(windowId) && sidePanel.close) return sidePanel.close({ windowId });
    return sidePanel.open({ windowId });
  }
  if (sidebarAction?.toggle) return sidebarAction.toggle();
  return openSidePanel(windowId);
}
