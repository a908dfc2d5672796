import { describe, expect, it } from 'vitest'
import { readLaterPages } from './read-later-pages'
import type { DistributorHttp } from './types'

const httpTelling = (told: Array<[number, number]>) =>
  ({
    onPage: (done: number, total: number) => void told.push([done, total]),
  }) as unknown as DistributorHttp

describe('reading the pages after the first', () => {
  it('tells pages read of all as each comes, the first counted, and keeps the pages in order', async () => {
    const told: Array<[number, number]> = []
    // Page 3 answers before page 2: the count still goes up by one each time.
    const delays: Record<number, number> = { 2: 20, 3: 1, 4: 5 }
    const pages = await readLaterPages(httpTelling(told), 'page 1', [2, 3, 4], 3, async (n) => {
      await new Promise((resolve) => setTimeout(resolve, delays[n]))
      return `page ${n}`
    })
    expect(pages).toEqual(['page 1', 'page 2', 'page 3', 'page 4'])
    expect(told).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ])
  })

  it('tells one of one for a listing of a single page, and nothing when nobody listens', async () => {
    const told: Array<[number, number]> = []
    expect(await readLaterPages(httpTelling(told), 'only', [], 4, async () => 'never')).toEqual([
      'only',
    ])
    expect(told).toEqual([[1, 1]])
    await expect(
      readLaterPages({} as unknown as DistributorHttp, 'a', [2], 1, async () => 'b'),
    ).resolves.toEqual(['a', 'b'])
  })
})
