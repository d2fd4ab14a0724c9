// Zadig's error body (`{"type":"error","code","message","description","extra"}`) and the statuses it goes with.

/** An error answer in Zadig's shape; handlers throw it, the server sends it. */
export class SimulatorError extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
  ) {
    super(description);
    this.name = 'SimulatorError';
  }

  get body() {
    return {
      type: 'error',
      code: this.status,
      message: STATUS_TEXT[this.status] ?? 'Error',
      description: this.description,
      extra: {},
    };
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  500: 'Internal Error',
};

export const badRequest = (description: string) => new SimulatorError(400, description);
export const notFound = (description: string) => new SimulatorError(404, description);
