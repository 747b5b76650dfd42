/** The extension's English messages (public/_locales/en/messages.json) for the command line. */
import messages from '../../public/_locales/en/messages.json';
import { messagesFrom, type MessageEntry } from '../shared/locale-messages';

export const cliMessages = messagesFrom(messages as unknown as Record<string, MessageEntry>);
