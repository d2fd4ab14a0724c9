// What the bundle uses for the Headers, Request and Response globals (tsup.config.ts injects this file):
// the first touch of a global one makes Node load undici, most of a short command's start-up. Tests run the
// sources with the real globals; the built binary runs with these.
export {
  NodeHeaders as Headers,
  NodeRequest as Request,
  NodeRequest as __zadigctlRequest,
  NodeResponse as Response,
} from '@zadig-ts/node';
