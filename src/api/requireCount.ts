import { badUserInput } from './badUserInput.js';

/**
 * Refuses a count argument (a limit, an offset, a length) that is not a whole
 * number from `min` to `max` (no upper bound without `max`), with a
 * BAD_USER_INPUT error that names the argument, its range and the value given.
 */
export function requireCount(argument: string, value: number, min: number, max?: number): void {
  if (Number.isInteger(value) && value >= min && (max === undefined || value <= max)) return;
  const range = max === undefined ? `${min} or more` : `between ${min} and ${max}`;
  throw badUserInput(`${argument} must be ${range} (it was ${value})`, argument);
}
