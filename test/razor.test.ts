import { describe, expect, it } from 'vitest';
import { maskRazor } from '../src/input/razor.js';
import { parseTemplate } from '../src/input/template.js';
import { createChecker } from '../src/check.js';

const ORDER = `@model OrderConfirmationViewModel
@using Shop.Web.Models
@inject IViewLocalizer Localizer
@{
    Layout = "_EmailLayout";
    ViewData["Subject"] = "Your order has been confirmed";
    var total = Model.Lines.Sum(l => l.Price * l.Quantity); // "not copy"
}
@* An internal note: the cross-sell block is off for B2B customers *@
<h1>@Localizer["Thank you for your order, {0}!", Model.CustomerName]</h1>
<p>Your order <strong>@Model.OrderNumber</strong> of @(total.ToString("C")) has been confirmed. Questions? support@example.com</p>
@if (Model.ShowRecommendations)
{
    <h3>You may also like</h3>
    @foreach (var p in Model.Recommendations)
    {
        <a href="@p.Url">@p.Name – @p.Price.ToString("C")</a>
    }
}
else
{
    <p>Thanks for shopping with us.</p>
}
@section Styles {
    <style>.note { color: #555; }</style>
}
<p>Follow us: @@fernwoodcoffee on every network.</p>
`;

describe('ASP.NET Razor templates', () => {
  it('blanks directives, code blocks, comments and control headers to the same length, and keeps the markup', () => {
    const { masked, placeholders } = maskRazor(ORDER);
    expect(masked.length).toBe(ORDER.length);
    expect(masked.split('\n').length).toBe(ORDER.split('\n').length);
    expect(masked).not.toMatch(/@model|@using|@inject|Layout =|var total|not copy|internal note|@if|@foreach|Model\.|ShowRecommendations|else|@section/);
    expect(masked).toContain('Thank you for your order, ');
    expect(masked).toContain('has been confirmed. Questions? support@example.com');
    expect(masked).toContain('<h3>You may also like</h3>');
    expect(masked).toContain('<style>.note { color: #555; }</style>');
    expect(masked).toContain(' @fernwoodcoffee on every network.');
    expect(placeholders.map((p) => p.name)).toEqual(expect.arrayContaining(['Model.OrderNumber', 'total.ToString', 'p.Url', 'p.Name']));
  });

  it('reads a .cshtml mail: the subject its code block sets, the order it confirms, the cross-sell after it', async () => {
    const parsed = parseTemplate('order.cshtml', Buffer.from(ORDER));
    expect(parsed.subject?.text).toBe('Your order has been confirmed');
    const r = await createChecker().checkBuffer('order.cshtml', Buffer.from(ORDER), { explain: true });
    expect(r.subject).toBe('Your order has been confirmed');
    expect(r.signals?.['core.order']).toBe(true);
    expect(r.category).toBe('hybrid');
    expect(JSON.stringify(r.promotions)).toContain('You may also like');
  });

  it("reads a localizer literal's escapes as the other template readers do: a line break is a blank, an escaped quote joins its word", () => {
    const src = '<p>@Localizer["Your order has shipped.\\nTrack it \\"online\\" today"]</p>';
    const { masked } = maskRazor(src);
    expect(masked.length).toBe(src.length);
    expect(masked).toContain('Your order has shipped.');
    // Not "shipped.n Track": the n of \n is no letter of the copy.
    expect(masked).not.toMatch(/shipped\.n/);
    expect(masked.replace(/\u00ad/g, '')).toMatch(/Track it\s+"online"\s+today/);
  });

  it('leaves an unclosed block, a lone @ and a long run of them bounded', () => {
    for (const src of ['@{ var x = "never closed', '@(', '@if (x', `${'@'.repeat(100_000)}`, `${'@a.'.repeat(50_000)}`, `${'@foreach (x) {'.repeat(20_000)}`]) {
      expect(maskRazor(src).masked.length, src.slice(0, 20)).toBe(src.length);
    }
  });
});
