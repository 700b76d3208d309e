/** One page request as the server saw it: tests check which cookies came back, and from where. */
export interface PageRequest {
  at: number;
  host: string;
  method: string;
  path: string;
  cookie: string;
  fragment: boolean;
}

const MAX_ENTRIES = 1000;

export class RequestLog {
  private entries: PageRequest[] = [];

  add(entry: PageRequest): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.shift();
  }
  list(): PageRequest[] {
    return [...this.entries];
  }
  clear(): void {
    this.entries = [];
  }
}
