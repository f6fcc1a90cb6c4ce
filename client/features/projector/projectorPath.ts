/** The projector page of a board (PROJ-2): the participant's address, never a moderator key. */
export const projectorPath = (boardId: string): string => `/b/${boardId}/projector`;
