import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CID } from 'multiformats/cid'

export type PinType = 'recursive' | 'direct'

/** Pins kept in one JSON file in the repo, rewritten atomically (write then rename) on change. */
export class PinStore {
  readonly #file: string
  readonly #pins = new Map<string, PinType>()
  #writing: Promise<void> = Promise.resolve()

  private constructor(repo: string) {
    this.#file = join(repo, 'pins.json')
  }

  static async open(repo: string): Promise<PinStore> {
    const store = new PinStore(repo)
    try {
      const saved = JSON.parse(await readFile(store.#file, 'utf8')) as Record<string, PinType>
      for (const [cid, type] of Object.entries(saved)) store.#pins.set(cid, type)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    return store
  }

  /** Records a pin; the caller has checked that the blocks it covers are stored. */
  async add(cid: CID, type: PinType): Promise<void> {
    const key = cid.toString()
    // A recursive pin already covers a direct one; never downgrade it.
    if (this.#pins.get(key) === 'recursive') return
    this.#pins.set(key, type)
    await this.#save()
  }

  typeOf(cid: CID): PinType | undefined {
    return this.#pins.get(cid.toString())
  }

  entries(): Array<[CID, PinType]> {
    return [...this.#pins].map(([cid, type]) => [CID.parse(cid), type])
  }

  #save(): Promise<void> {
    const snapshot = JSON.stringify(Object.fromEntries(this.#pins), null, 1)
    const temporary = `${this.#file}.tmp`
    this.#writing = this.#writing.then(async () => {
      await writeFile(temporary, snapshot)
      await rename(temporary, this.#file)
    })
    return this.#writing
  }
}
