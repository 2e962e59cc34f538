import { Line, type Seg } from './Line.js';
import { PANELS, type PanelId } from './state.js';

/** How each panel's tab reads. */
export const PANEL_NAMES: Readonly<Record<PanelId, string>> = {
  news: 'News', treaties: 'Treaties', forces: 'Forces', tension: 'Tension', postures: 'Postures', charts: 'Charts', scores: 'Scores', why: 'Why',
};

/** The panel tabs of the compact layout; the shown one is bracketed, so it reads without colour. */
export function PanelTabs({ panel, width }: { readonly panel: PanelId; readonly width: number }) {
  // Eight tabs fill exactly 80 columns: a tab is its number and name between brackets or spaces.
  const segs = PANELS.map((p, i): Seg => (p === panel ? { text: `[${i + 1} ${PANEL_NAMES[p]}]`, inverse: true, bold: true } : { text: ` ${i + 1} ${PANEL_NAMES[p]} `, tone: 'muted' }));
  return <Line segs={segs} width={width} />;
}
