import { Box } from 'ink';
import type { ReactNode } from 'react';
import { ForcesPanel } from './ForcesPanel.js';
import type { Game } from '../session/index.js';
import { IndexCharts } from './IndexCharts.js';
import { IndexSummary } from './IndexSummary.js';
import { isWide, type Size } from './layout.js';
import { NewsPanel } from './NewsPanel.js';
import { PanelTabs } from './PanelTabs.js';
import { PosturePanel } from './PosturePanel.js';
import { ScoresPanel } from './ScoresPanel.js';
import type { PanelId } from './state.js';
import { TensionMatrix } from './TensionMatrix.js';
import { TreatyBoard } from './TreatyBoard.js';
import { WhyPanel } from './WhyPanel.js';

type Props = {
  readonly game: Game;
  readonly panel: PanelId;
  /** Columns and the height of the body (between the title bar and the status lines). */
  readonly size: Size;
  /** What replaces the news (or the compact layout's panel): orders, injects, help. */
  readonly slot: ((width: number, height: number) => ReactNode) | null;
};

function OnePanel({ game, panel, width, height }: { readonly game: Game; readonly panel: PanelId; readonly width: number; readonly height: number }) {
  const props = { game, width, height };
  switch (panel) {
    case 'news': return <NewsPanel {...props} />;
    case 'treaties': return <TreatyBoard {...props} />;
    case 'forces': return <ForcesPanel {...props} />;
    case 'tension': return <TensionMatrix {...props} />;
    case 'postures': return <PosturePanel {...props} />;
    case 'charts': return <IndexCharts {...props} />;
    case 'scores': return <ScoresPanel {...props} />;
    case 'why': return <WhyPanel {...props} />;
  }
}

/** Panels the large layout does not show at all times: they take the news's place when chosen. */
const SWAPPED: readonly PanelId[] = ['news', 'scores', 'why'];

/**
 * The turn dashboard. On a large terminal every panel shows at once (news, scores and why share
 * one place); from 80x24 up, the indices and the ladder stay on top and one panel at a time shows
 * below them (1-8 or tab switch).
 */
export function Dashboard({ game, panel, size, slot }: Props) {
  const { columns: width, rows: height } = size;
  if (!isWide({ columns: width, rows: height + 4 })) {
    const below = height - 3;
    return (
      <Box flexDirection="column" width={width} height={height}>
        <IndexSummary game={game} width={width} />
        {slot ? slot(width, below) : (
          <>
            <PanelTabs panel={panel} width={width} />
            <OnePanel game={game} panel={panel} width={width} height={below - 1} />
          </>
        )}
      </Box>
    );
  }
  const left = Math.floor((width - 1) / 2);
  const right = width - left - 1;
  const top = 14;
  const middle = 9;
  const bottom = height - top - middle;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box flexDirection="row" gap={1} height={top}>
        <IndexCharts game={game} width={left} height={top} />
        <TreatyBoard game={game} width={right} height={top} />
      </Box>
      <Box flexDirection="row" gap={1} height={middle}>
        <ForcesPanel game={game} width={left} height={middle} />
        <TensionMatrix game={game} width={right} height={middle} />
      </Box>
      <Box flexDirection="row" gap={1} height={bottom}>
        {slot ? slot(left, bottom) : <OnePanel game={game} panel={SWAPPED.includes(panel) ? panel : 'news'} width={left} height={bottom} />}
        <PosturePanel game={game} width={right} height={bottom} />
      </Box>
    </Box>
  );
}
