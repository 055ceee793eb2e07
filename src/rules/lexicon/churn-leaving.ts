/**
 * More ways of saying the caller leaves (merged into churn_strong; churn.ts is at the file-size limit).
 */
export const CHURN_LEAVING_MORE: Record<string, string[]> = {
  churn_strong: [
    // A mortgage taken elsewhere and the account and salary moved with it ("I'm taking the mortgage there, and I'm moving my current
    // account and my salary over this weekend").
    "i'm taking the mortgage there", 'moving my current account and my salary', 'moving my salary over', 'moving my salary across',
    // A salon closed and everything moved to the son's bank, and a shop's terminal and payroll moved ("so I'm moving my personal money there
    // too. I'll be closing both with you", "我已经在别的银行开好户了 … 你们这的账户我月底就销").
    'moving my personal money', 'closing both with you', 'closing them both with you', '在别的银行开好户', '账户我月底就销', '月底就销户',
  ],
};
