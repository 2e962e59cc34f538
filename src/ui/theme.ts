import { createContext, useContext } from 'react';

/** Colours are decoration only: every screen says everything in text, so NO_COLOR loses nothing. */
export interface Theme {
  readonly colour: boolean;
}

/** Provided once by the container, from NO_COLOR. */
export const ThemeContext = createContext<Theme>({ colour: true });

/** What a colour would say; components name a tone, never a colour. */
export type Tone = 'accent' | 'good' | 'warn' | 'bad' | 'muted' | 'human';

const COLOURS: Readonly<Record<Tone, string>> = { accent: 'cyan', good: 'green', warn: 'yellow', bad: 'red', muted: 'gray', human: 'magenta' };

/** Text props for a tone: a colour, or nothing at all when colour is off (NO_COLOR). */
export function useTone(): (tone: Tone) => { color?: string } {
  const { colour } = useContext(ThemeContext);
  return (tone) => (colour ? { color: COLOURS[tone] } : {});
}

/** The tone of an escalation score on the ladder. */
export function escalationTone(score: number): Tone {
  return score >= 60 ? 'bad' : score >= 40 ? 'warn' : 'good';
}
