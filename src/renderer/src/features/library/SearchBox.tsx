import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import SearchOutlined from '@mui/icons-material/SearchOutlined';

type SearchBoxProps = {
  value: string;
  onChange: (value: string) => void;
  /** Changes whenever the box should take the focus (Ctrl+K navigates with a new key). */
  focusRequest: string | null;
  autoFocus?: boolean;
};

/** The library's search field: results follow every keystroke. */
export function SearchBox({
  value,
  onChange,
  focusRequest,
  autoFocus = false,
}: SearchBoxProps): ReactNode {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusRequest !== null) {
      input.current?.focus();
      input.current?.select();
    }
  }, [focusRequest]);
  return (
    <TextField
      fullWidth
      type="search"
      autoFocus={autoFocus}
      label={t('library.searchLabel')}
      placeholder={t('library.searchPlaceholder')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      inputRef={input}
      slotProps={{
        htmlInput: { 'data-testid': 'library-search', autoComplete: 'off', spellCheck: false },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchOutlined />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
