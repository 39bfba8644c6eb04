// placeholder replaced below
export function acceptProposals(_seedDir: string, _id: string): never { throw new Error('not yet'); }
export function printAccepted(_: unknown): void {}
