// The PreparedCouncil of the package: wasm-bindgen's class behind a guard. Used after
// free(), freed twice, or copied (Object.assign, a spread: the copy has no council of its
// own) it throws a RegionradError with code `invalid_argument` — never wasm-bindgen's
// "null pointer passed to rust", never a read of memory already freed. What the caller
// never frees the garbage collector frees: wasm-bindgen registers each native object with
// a FinalizationRegistry, and the guard holds nothing else.

function misuse(message) {
  const error = new Error(message);
  error.name = 'RegionradError';
  error.code = 'invalid_argument';
  return error;
}

export function guarded(Native) {
  class PreparedCouncil {
    #native;

    constructor(council) {
      this.#native = new Native(council);
    }

    static #live(self, method) {
      if (typeof self !== 'object' || self === null || !(#native in self)) {
        throw misuse(`PreparedCouncil.${method}: not called on a PreparedCouncil (a copy of one has no council; use the original)`);
      }
      if (self.#native === undefined) {
        throw misuse(`PreparedCouncil.${method}: the council was freed (free() was called)`);
      }
      return self.#native;
    }

    validate(meetings, today, lang) {
      return PreparedCouncil.#live(this, 'validate').validate(meetings, today, lang);
    }

    validateField(meeting, path, today, lang) {
      return PreparedCouncil.#live(this, 'validateField').validateField(meeting, path, today, lang);
    }

    quorumStatus(meeting) {
      return PreparedCouncil.#live(this, 'quorumStatus').quorumStatus(meeting);
    }

    nextCaseNumber(meetings, body, date) {
      return PreparedCouncil.#live(this, 'nextCaseNumber').nextCaseNumber(meetings, body, date);
    }

    free() {
      const native = PreparedCouncil.#live(this, 'free');
      this.#native = undefined;
      native.free();
    }
  }
  if (Symbol.dispose) PreparedCouncil.prototype[Symbol.dispose] = PreparedCouncil.prototype.free;
  return PreparedCouncil;
}
