import type { ActorId } from '../model/index.js';
import type { Debrief } from './debrief.js';
import type { FacilitatorView } from './facilitatorView.js';
import type { Game } from './game.js';
import type { FacilitatorCommand } from './match.js';

/** What a facilitator's front end can ask of a room: the match's commands, and a new code for a team whose student left. */
export type RoomCommand = FacilitatorCommand | { readonly type: 'resetCode'; readonly team: ActorId };

/** A room as a facilitator's front end sees it at one moment. Holds no sealed order: who has sealed, never what. */
export interface RoomSnapshot {
  /** The game so far (turns played and their inputs; nothing of the coming turn's orders). */
  readonly game: Game;
  readonly view: FacilitatorView;
  /** The debrief, once the game is over and it is made. */
  readonly debrief: Debrief | null;
  /** Where the game is saved after every turn. */
  readonly savePath: string | null;
  /** Where the debrief for the class was written, once it was. */
  readonly debriefPath: string | null;
  /** The last thing the room has to say (a turn resolved, a file not written), for a status line. */
  readonly message: string | null;
}

/**
 * A running room, as the facilitator's Ink dashboard drives it. The server implements it and the
 * command line hands it to the UI, so that neither the UI nor the server imports the other.
 */
export interface RoomControl {
  /** The address students open. */
  readonly url: string;
  snapshot(): RoomSnapshot;
  /** Call `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
  /** Carry out a command: null when done, else why not, in a sentence. */
  command(command: RoomCommand): string | null;
}
