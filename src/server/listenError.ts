/** The server could not listen: the port is taken, or the address is not this machine's; a message a facilitator can act on. */
export class ListenError extends Error {
  override name = 'ListenError';
}
