// s3rver ships no types; these are the parts the deploy tests use (tests/helpers/s3-server.ts).
declare module 's3rver' {
  export default class S3rver {
    constructor(options: { port: number; address: string; silent?: boolean; directory: string });
    /** Listens; resolves with the port it got (0 asks for any free one). */
    run(): Promise<{ port: number; address: string }>;
    close(): Promise<void>;
  }
}
