/**
 * Domain errors. Every face maps them in one place: the server to a 4xx JSON body, the CLI to an exit code
 * and one line on stderr.
 *
 * @example
 * throw new NotFoundError('application', id);
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super('not_found', `No ${what} with id ${id}.`, 404, { what, id });
  }
}

export class ValidationError extends DomainError {
  constructor(message: string, details?: unknown) {
    super('validation_error', message, 400, details);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details?: unknown) {
    super('conflict', message, 409, details);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You do not have access to this.') {
    super('forbidden', message, 403);
  }
}

export class PayloadTooLargeError extends DomainError {
  constructor(message: string) {
    super('payload_too_large', message, 413);
  }
}
