/** Records the user deleted but may still undo: hidden everywhere until the deletion reaches the server. */
export const pendingDeletes = new Set<string>();
