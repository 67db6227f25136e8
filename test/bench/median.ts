/** The middle value (the upper one of an even count): robust against the odd slow run on a shared machine. */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
