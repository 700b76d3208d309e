/** An error that says what state the account is in now (e.g. 1688 refresh refused → needsReauth). */
export interface AccountAuthStateError {
  accountStatus?: 'needsReauth' | 'error';
}
