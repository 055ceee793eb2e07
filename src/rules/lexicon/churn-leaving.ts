/**
 * More ways of saying the caller leaves (merged into churn_strong; churn.ts is at the file-size limit).
 */
export const CHURN_LEAVING_MORE: Record<string, string[]> = {
  churn_strong: [
    // A mortgage taken elsewhere and the account and salary moved with it ("I'm taking the mortgage there, and I'm moving my current
    // account and my salary over this weekend").
    "i'm taking the mortgage there", 'moving my current account and my salary', 'moving my salary over', 'moving my salary across',
  ],
};
