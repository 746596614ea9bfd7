import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id hashing; `verifyAgainstNothing` spends the same time when no user matched. */
@Injectable()
export class PasswordHasher {
  private readonly decoy = argon2.hash('decoy password that never matches');

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password);
  }

  async verifyAgainstNothing(password: string): Promise<false> {
    await argon2.verify(await this.decoy, password);
    return false;
  }
}
