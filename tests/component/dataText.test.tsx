import { render, screen } from '@testing-library/react';
import { I18nProvider, type Language } from '../../src/i18n/i18n';
import { DataSentence, DataText } from '../../src/ui/DataText';
import { dataSlots } from '../../src/ui/dataLang';

const sentence = (language: Language, name: string) =>
  render(
    <I18nProvider language={language}>
      <p>
        Now acting as <DataText>{name}</DataText>
      </p>
    </I18nProvider>,
  );

describe('DataText', () => {
  it('marks a Thai name in an English page as Thai', async () => {
    sentence('en', 'เจ้าหน้าที่วิเคราะห์นโยบายและแผน');
    const name = await screen.findByText('เจ้าหน้าที่วิเคราะห์นโยบายและแผน');
    expect(name.tagName).toBe('SPAN');
    expect(name).toHaveAttribute('lang', 'th');
    expect(screen.getByRole('paragraph')).toHaveTextContent('Now acting as เจ้าหน้าที่วิเคราะห์นโยบายและแผน');
  });

  it.each([
    ['th', 'เจ้าหน้าที่วิเคราะห์นโยบายและแผน'],
    ['en', 'Somchai J.'],
  ] as const)('leaves %s text %j plain, already in the page’s language', async (language, name) => {
    const { container } = sentence(language, name);
    expect(await screen.findByRole('paragraph')).toHaveTextContent(`Now acting as ${name}`);
    expect(container.querySelector('[lang]')).toBeNull();
  });

  it('shows nothing for no name', async () => {
    sentence('en', '');
    expect((await screen.findByRole('paragraph')).textContent).toBe('Now acting as ');
  });
});

describe('DataSentence', () => {
  it('puts each slotted value back in its place, only the Thai one marked', async () => {
    const { data, slot } = dataSlots();
    const text = `From "${slot('ร่าง')}" to "${slot('Final')}"`;
    render(
      <I18nProvider language="en">
        <p>
          <DataSentence text={text} data={data} />
        </p>
      </I18nProvider>,
    );
    const sentence = await screen.findByRole('paragraph');
    expect(sentence.textContent).toBe('From "ร่าง" to "Final"');
    expect(screen.getByText('ร่าง')).toHaveAttribute('lang', 'th');
    expect(sentence.querySelectorAll('[lang]')).toHaveLength(1);
  });
});
