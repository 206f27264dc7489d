import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { questionCategorySchema } from '../../../../../shared/schemas';
import { createId } from '../../../../../shared/domain';
import type { BoothFormValues } from './booth-form';
import { BoothTextField } from './BoothFields';
import { ScreenedText } from '../common/ScreenedText';

type QuestionsSectionProps = { control: Control<BoothFormValues>; isLocked: boolean };

function QuestionText({
  control,
  index,
}: {
  control: Control<BoothFormValues>;
  index: number;
}): ReactNode {
  const text = useWatch({ control, name: `questions.${index}.text` });
  return <ScreenedText text={text} />;
}

/** One or more questions, each with its category; screened for safety signals as typed. */
export function QuestionsSection({ control, isLocked }: QuestionsSectionProps): ReactNode {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'questions', keyName: 'key' });
  return (
    <Stack spacing={2}>
      {fields.map((question, index) => (
        <Paper key={question.key} variant="outlined" sx={{ p: 2 }} data-testid="booth-question">
          <Stack
            direction={{ xs: 'column', md: 'row' }}
            spacing={2}
            sx={{ alignItems: 'flex-start' }}
          >
            <Box sx={{ flex: 2, width: '100%' }}>
              <BoothTextField
                control={control}
                name={`questions.${index}.text`}
                label={t('booth.questionText', { number: index + 1 })}
                multiline
                isLocked={isLocked}
              />
              <QuestionText control={control} index={index} />
            </Box>
            <Controller
              control={control}
              name={`questions.${index}.category`}
              render={({ field, fieldState }) => (
                <TextField
                  select
                  label={t('booth.category')}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  error={fieldState.error !== undefined}
                  helperText={fieldState.error?.message ? t(fieldState.error.message) : undefined}
                  sx={{ flex: 1, width: '100%' }}
                  // Native: typing a letter picks a category, and touch screens get their picker.
                  slotProps={{
                    select: { native: true },
                    inputLabel: { shrink: true },
                    htmlInput: { 'data-testid': `question-category-${index}` },
                  }}
                >
                  <option value="" disabled>
                    {t('booth.chooseCategory')}
                  </option>
                  {questionCategorySchema.options.map((category) => (
                    <option key={category} value={category}>
                      {t(`questionCategory.${category}`)}
                    </option>
                  ))}
                </TextField>
              )}
            />
            {fields.length > 1 && !isLocked && (
              <IconButton
                aria-label={t('booth.removeQuestion', { number: index + 1 })}
                onClick={() => remove(index)}
              >
                <DeleteOutlined />
              </IconButton>
            )}
          </Stack>
        </Paper>
      ))}
      <Box>
        <Button
          startIcon={<AddOutlined />}
          disabled={isLocked}
          onClick={() => append({ id: createId(), text: '', category: '' })}
          sx={{ minHeight: 48 }}
        >
          {t('booth.addQuestion')}
        </Button>
        <Controller
          control={control}
          name="questions"
          render={({ fieldState }) =>
            fieldState.error?.root?.message ? (
              <FormHelperText error>{t(fieldState.error.root.message)}</FormHelperText>
            ) : (
              <></>
            )
          }
        />
      </Box>
    </Stack>
  );
}
