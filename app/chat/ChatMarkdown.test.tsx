import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ChatMarkdown } from './ChatMarkdown'

const render = (text: string) => renderToStaticMarkup(<ChatMarkdown text={text} />)

describe('ChatMarkdown', () => {
  it('renders lists, bold and code', () => {
    const html = render('Drew **three** boxes:\n\n- Idea\n- Launch\n\nRun `npm start`.')
    expect(html).toContain('<strong>three</strong>')
    expect(html).toMatch(/<ul[^>]*>\s*<li>Idea<\/li>/)
    expect(html).toMatch(/<code[^>]*>npm start<\/code>/)
  })

  it('shows raw HTML as text instead of rendering it', () => {
    const html = render('Hi <img src=x onerror="alert(1)"> <script>alert(2)</script>')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script')
    expect(html).toContain('&lt;img')
  })

  it('drops javascript: links', () => {
    expect(render('[click](javascript:alert(1))')).not.toContain('javascript:')
  })
})
