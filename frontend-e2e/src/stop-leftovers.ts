import { stopLeftovers } from './leftovers';

afterAll(stopLeftovers);
