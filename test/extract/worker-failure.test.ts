import { describe, expect, it } from 'vitest';
import { FatalError, InputError } from '../../src/errors.js';
import { workerFailure, WORKER_START_FAILED, WorkerStartError } from '../../src/extract/extract-layout.js';

const options = { maxMemoryMb: 512, where: 'a.pdf' };

describe('workerFailure', () => {
  it('is fatal, not a damaged PDF, when the worker failed before it started', () => {
    const cause = Object.assign(new Error('--input-type can only be used with string input'), {
      code: 'ERR_INPUT_TYPE_NOT_ALLOWED',
    });
    const error = workerFailure(cause, false, options);
    expect(error).toBeInstanceOf(WorkerStartError);
    expect(error).toBeInstanceOf(FatalError);
    expect(error).not.toBeInstanceOf(InputError);
    expect(error.code).toBe(WORKER_START_FAILED);
    expect(error.action).toBe('abort');
    expect(error.message).toContain('before reading the PDF');
    expect(error.where).toBe('a.pdf');
  });

  it('is too large whenever the heap cap is hit, started or not', () => {
    const oom = Object.assign(new Error('heap'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    expect(workerFailure(oom, false, options).code).toBe('PDF_TOO_LARGE');
  });

  it('is a file problem once the worker had started: out of memory → too large, else damaged', () => {
    const oom = workerFailure(
      Object.assign(new Error('heap'), { code: 'ERR_WORKER_OUT_OF_MEMORY' }),
      true,
      options,
    );
    expect(oom).toBeInstanceOf(InputError);
    expect(oom.code).toBe('PDF_TOO_LARGE');
    const crash = workerFailure(new Error('boom'), true, options);
    expect(crash.code).toBe('PDF_DAMAGED');
    expect(crash.action).toBe('skip');
  });
});
