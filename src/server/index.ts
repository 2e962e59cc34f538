/**
 * The networked classroom: one HTTP server for the team page and its WebSocket, one room holding
 * the match (src/session) and the pages connected. Nothing here imports the terminal UI.
 */
export { startServer, type Listen, type RunningServer } from './startServer.js';
export { ListenError } from './listenError.js';
export { Room, type RoomOptions } from './room.js';
export { MAX_MESSAGE_BYTES, MAX_FRAME_BYTES, type ClientMessage, type ErrorCode } from './protocol.js';
