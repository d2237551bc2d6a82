import { describe, expect, it } from 'vitest';
import { maskTemplate } from '../src/input/template-mask.js';

describe('template masking', () => {
  const cases: Array<[string, string]> = [
    ['handlebars', '<p>Hi {{customer.first_name}}, {{#each items}}<b>{{name}}</b>{{/each}}</p>'],
    ['liquid', '<p>{% if order.discount %}Saved {{ order.discount | money }}{% endif %}</p>'],
    ['erb', '<p>Hello <%= @user.name %><% if x %>!<% end %></p>'],
    ['php', '<p>Hello <?php echo $name; ?> and <?= $other ?></p>'],
    ['freemarker', '<p>Hello ${user.name}<#if vip> VIP</#if><@macro x=1/></p>'],
    ['go', '<p>Hello {{ .Name }}{{ range .Items }}{{ . }}{{ end }}</p>'],
    ['heex', '<p>Hello <%= @user.name %> {@count}</p>'],
    ['prestashop', '<p>Hello {firstname} {lastname}, order {order_name}</p>'],
    ['mailchimp', '<p>Hi *|FNAME|*</p>'],
  ];
  for (const [name, src] of cases) {
    it(`masks ${name} tags to same-length inert text`, () => {
      const { masked, placeholders } = maskTemplate(src);
      expect(masked.length).toBe(src.length);
      expect(masked).not.toMatch(/\{\{|\{%|<%|<\?|\$\{|<#|\*\||\{[a-z$@]/);
      expect(masked).toContain('<p>');
      expect(placeholders.length).toBeGreaterThan(0);
    });
  }

  it('keeps newlines so locations still point at the author line', () => {
    const src = '<p>{% if a\n and b %}x{% endif %}</p>\n<p>line 3</p>';
    const { masked } = maskTemplate(src);
    expect(masked.split('\n').length).toBe(src.split('\n').length);
    expect(masked.indexOf('line 3')).toBe(src.indexOf('line 3'));
  });

  it('keeps translated literals visible', () => {
    expect(maskTemplate(`<p>{{ 'Your order has shipped'|trans }}</p>`).masked).toContain('Your order has shipped');
    expect(maskTemplate(`<p>{{trans "Thank you for your order from %store_name." store_name=$store}}</p>`).masked).toContain('Thank you for your order from');
    expect(maskTemplate(`<p><?= __('Reset your password') ?></p>`).masked).toContain('Reset your password');
    expect(maskTemplate(`<p>{l s='Your voucher code' mod='x'}</p>`).masked).toContain('Your voucher code');
    expect(maskTemplate(`<p>{{trans "%name," name=$x}}</p>`).masked).not.toContain('%name');
  });

  it('never turns a placeholder into promotional text', () => {
    const { masked, placeholders } = maskTemplate('<p>{{ discount_code }} {{ sale_banner }}</p>');
    expect(masked).not.toMatch(/discount|sale/);
    expect(placeholders.map((p) => p.name)).toEqual(['discount_code', 'sale_banner']);
  });

  it('leaves CSS and plain text alone', () => {
    const src = '<style>p { color: red } a{display:none}</style><p>50% {not a tag}</p>';
    expect(maskTemplate(src).masked).toBe(src);
  });

  it('does not hang on unclosed tags', () => {
    const src = `<p>${'{{'.repeat(20000)} {% if </p>`;
    const t = Date.now();
    const { masked } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(Date.now() - t).toBeLessThan(5000);
  });
});
