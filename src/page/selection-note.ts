import type { Analysis } from '../shared/schema';
import type { Overlay } from './overlay';

/** Shows the analysis of the reader's selection in a note beside the selection. */
export function showSelectionNote(doc: Document, overlay: Overlay, analysis: Analysis): void {
  const selection = doc.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  if (!range) return;
  overlay.showNote(analysis, { kind: 'selection' }, range.cloneRange(), { focus: true });
}
