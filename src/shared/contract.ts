/**
 * The machinery of a message channel between the extension's parts. A
 * channel is one map from a message's type to two valibot schemas: its
 * request's fields and its answer's value. The TypeScript types of both, the
 * check of a request where it is handled and the check of an answer where it
 * is received all come from that one map (messages.ts has the channels), so
 * nothing is cast and nothing is written twice.
 *
 * On the wire a request is `{ type, ...fields }` and an answer a `Result`:
 * plain data, since an Error does not cross contexts.
 *
 * @example
 * const channel = { ping: { request: v.object({ n: v.number() }), answer: v.number() } };
 * const answer = createHandler(channel, { ping: ({ n }) => ({ ok: true, value: n + 1 }) });
 * const send = createSender(channel, async (m) => answer(m, undefined));
 * await send({ type: 'ping', n: 1 }) // { ok: true, value: 2 }
 */
import * as v from 'valibot';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** One message: the schema of its request's fields (beside `type`) and of its answer's value. */
interface MessageDef {
  request: v.GenericSchema<unknown, object>;
  answer: v.GenericSchema;
}

export type Channel = Record<string, MessageDef>;

/** A message of the channel as sent: its type and its fields. */
export type RequestOf<C extends Channel, K extends keyof C> = { type: K } & v.InferOutput<C[K]['request']>;
/** The value a message of the channel is answered with. */
export type AnswerOf<C extends Channel, K extends keyof C> = v.InferOutput<C[K]['answer']>;
/** Any message of the channel. */
export type MessageOf<C extends Channel> = { [K in keyof C & string]: RequestOf<C, K> }[keyof C & string];

/**
 * Failures of the passage itself, not of the work asked for: nothing listened
 * (no content script in the tab, a background that is starting again), nothing
 * answered, or an answer not of the channel's shape.
 */
export const UNREACHABLE = 'unreachable';
export const NO_ANSWER = 'no-answer';
export const BAD_ANSWER = 'bad-answer';

/** Whether a failure is the passage's (see above) rather than the work's. */
export const isPassageFailure = (error: string): boolean => error === UNREACHABLE || error === NO_ANSWER || error === BAD_ANSWER;

/** The message's type when it names one of the channel's own messages (never one of Object's names), else null. */
function typeIn<C extends Channel>(channel: C, raw: unknown): (keyof C & string) | null {
  if (typeof raw !== 'object' || raw === null || !('type' in raw)) return null;
  return typeof raw.type === 'string' && Object.hasOwn(channel, raw.type) ? raw.type : null;
}

/**
 * The message, checked against its definition: only its known fields, or
 * null for anything that is not one of the channel's messages in its shape.
 * Whatever sent it may have sent anything: it never throws.
 */
export function parseRequest<C extends Channel>(channel: C, raw: unknown): MessageOf<C> | null {
  const type = typeIn(channel, raw);
  if (type === null) return null;
  try {
    const parsed = v.safeParse(channel[type].request, raw);
    // The one place a message is typed by hand, just after its check: TypeScript cannot tie a key of a generic map to its own entry's output (microsoft/TypeScript#30581).
    return parsed.success ? ({ ...parsed.output, type } as MessageOf<C>) : null;
  } catch {
    return null;
  }
}

/** The longest error text kept from an answer. */
const MAX_ERROR = 10_000;

/** The answer's envelope around the message's own answer schema. */
const resultOf = <T extends v.GenericSchema>(value: T) =>
  v.variant('ok', [v.object({ ok: v.literal(true), value }), v.object({ ok: v.literal(false), error: v.pipe(v.string(), v.maxLength(MAX_ERROR)) })]);

/** An answer as received, checked against the message's definition; a failure when it is not of its shape. */
export function parseAnswer<C extends Channel, K extends keyof C>(channel: C, type: K, raw: unknown): Result<AnswerOf<C, K>> {
  if (raw === undefined || raw === null) return { ok: false, error: NO_ANSWER };
  try {
    const parsed = v.safeParse(resultOf(channel[type].answer), raw);
    return parsed.success ? parsed.output : { ok: false, error: BAD_ANSWER };
  } catch {
    return { ok: false, error: BAD_ANSWER };
  }
}

/** What handles each message of a channel: its answer (or why it failed), now or later. `context` is the handler's own (who sent it). */
export type Handlers<C extends Channel, Context> = {
  [K in keyof C & string]: (message: RequestOf<C, K>, context: Context) => Result<AnswerOf<C, K>> | Promise<Result<AnswerOf<C, K>>>;
};

/**
 * One function that answers every message of the channel: the message is
 * checked first, and anything that is not one of the channel's in its shape
 * gets undefined (no answer from this listener); an error thrown while
 * handling becomes a failure answer.
 */
export function createHandler<C extends Channel, Context>(channel: C, handlers: Handlers<C, Context>): (raw: unknown, context: Context) => Promise<Result<unknown>> | undefined {
  return (raw, context) => {
    const message = parseRequest(channel, raw);
    if (!message) return undefined;
    // The handler of this very type (see parseRequest for why TypeScript needs telling).
    const handle = handlers[message.type] as (m: typeof message, c: Context) => Result<unknown> | Promise<Result<unknown>>;
    return (async () => {
      try {
        return await handle(message, context);
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    })();
  };
}

/** A typed send over `post` (the browser's sendMessage): the answer is checked against the channel before it is returned. */
export type Sender<C extends Channel> = <K extends keyof C & string>(message: RequestOf<C, K>) => Promise<Result<AnswerOf<C, K>>>;

export function createSender<C extends Channel>(channel: C, post: (message: MessageOf<C>) => Promise<unknown>): Sender<C> {
  return async (message) => {
    let raw: unknown;
    try {
      raw = await post(message);
    } catch {
      return { ok: false, error: UNREACHABLE };
    }
    return parseAnswer(channel, message.type, raw);
  };
}
