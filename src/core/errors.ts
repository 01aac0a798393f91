/**
 * Bad input the user can fix, such as an unreadable or malformed file: shown as its message alone,
 * never with a stack trace. Sources throw subclasses; the command line reports them and exits 1.
 */
export class InputError extends Error {}
