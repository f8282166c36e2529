import { browser } from 'wxt/browser';
import { CommandSchema } from '../shared/messages';
import { sendToTab } from '../shared/messaging';

/** Keyboard commands act on the active tab's page. */
export async function forwardCommand(command: string): Promise<void> {
  const parsed = CommandSchema.shape.command.safeParse(command);
  if (!parsed.success) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await sendToTab(tab.id, { type: 'command', command: parsed.data });
}
