import { Deadline, requestDeadline } from "../../src/sources/deadline";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

const reasonOf = (signal: AbortSignal) => signal.reason as Deadline;

test("with no answer, the connect deadline aborts first and names itself", () => {
  const deadline = requestDeadline(10_000, 5_000);
  jest.advanceTimersByTime(4_999);
  expect(deadline.signal.aborted).toBe(false);
  jest.advanceTimersByTime(1);
  expect(reasonOf(deadline.signal)).toBeInstanceOf(Deadline);
  expect(reasonOf(deadline.signal).name).toBe("TimeoutError");
  expect(reasonOf(deadline.signal).what).toBe("did not answer within 5 s");
  deadline.done();
});

test("once the headers are in, only the total deadline runs on", () => {
  const deadline = requestDeadline(10_000, 5_000);
  jest.advanceTimersByTime(1_000);
  deadline.connected();
  jest.advanceTimersByTime(5_000);
  expect(deadline.signal.aborted).toBe(false);
  jest.advanceTimersByTime(4_000);
  expect(reasonOf(deadline.signal).what).toBe("did not finish answering within 10 s");
});

test("without a connect deadline, the total one covers the whole request", () => {
  const deadline = requestDeadline(3_000);
  expect(jest.getTimerCount()).toBe(1);
  jest.advanceTimersByTime(3_000);
  expect(reasonOf(deadline.signal).what).toBe("did not finish answering within 3 s");
});

test("a finished request leaves no timer behind and is never aborted later", () => {
  const deadline = requestDeadline(10_000, 5_000);
  expect(jest.getTimerCount()).toBe(2);
  deadline.done();
  expect(jest.getTimerCount()).toBe(0);
  jest.advanceTimersByTime(60_000);
  expect(deadline.signal.aborted).toBe(false);
});
