import { ApplicantCategory, GuaranteeType, ServiceKind, isGovernorateCode } from '@shuraka/domain';
import { Expr, subExpressions } from '../expression/ast';
import { isValidPattern } from '../expression/evaluate';
import { NAME_PATTERN, tokenize } from '../expression/lexer';
import { referencePositions } from '../expression/parser';
import { Bilingual, say } from '../messages';
import { CAPABILITIES, Capability, FORM_LIMITS, FormDefinition, FormQuestion, INPUT_TYPES, QUESTION_TYPES, QuestionType } from '../model';
import { EXPRESSION_FIELDS, QuestionNode, formStructure } from './structure';
import { normaliseValue } from './values';

export interface FormIssue {
  question: string;
  field:
    | 'name'
    | 'type'
    | 'parent'
    | 'label'
    | 'choices'
    | 'relevant'
    | 'constraint'
    | 'calculation'
    | 'requiredIf'
    | 'choiceFilter'
    | 'repeatCount'
    | 'default'
    | 'capability';
  /** The English text (what the API's field errors and the importer's rows carry). */
  message: string;
  /** The message in both languages (`en` is `message`): what the editor shows in the user's language. */
  localized: Bilingual;
  /** 0-based offset in the expression, for expression fields. */
  position?: number;
  /** The `${name}` that names no question (so that callers need not read the message). */
  reference?: string;
  /** The choice the issue is about, for a problem with one choice of the list. */
  choice?: string;
}

type IssueDetail = Pick<FormIssue, 'position' | 'reference' | 'choice'>;

/** Which question types may carry each capability (see CAPABILITIES in the model). */
const CAPABILITY_TYPES: Record<Capability, readonly QuestionType[]> = {
  SERVICES: ['REPEAT'],
  SERVICE_KIND: ['SELECT_ONE'],
  SERVICE_NAME: ['TEXT'],
  CATEGORIES: ['SELECT_MULTIPLE'],
  GOVERNORATES: ['SELECT_MULTIPLE'],
  MIN_AMOUNT: ['DECIMAL', 'INTEGER'],
  MAX_AMOUNT: ['DECIMAL', 'INTEGER'],
  CURRENCY: ['SELECT_ONE', 'TEXT'],
  GUARANTEE: ['SELECT_ONE'],
  CAPACITY: ['INTEGER'],
  DECISION_DAYS: ['INTEGER'],
};

/** Choice names a capability's select must use, so that answers map onto the partner's service profile. */
const CAPABILITY_CHOICES: Partial<Record<Capability, { valid: (name: string) => boolean; what: Bilingual }>> = {
  SERVICE_KIND: {
    valid: (name) => (Object.values(ServiceKind) as string[]).includes(name),
    what: say(`أنواع خدمات (${Object.values(ServiceKind).join(', ')})`, `service kinds (${Object.values(ServiceKind).join(', ')})`),
  },
  CATEGORIES: {
    valid: (name) => (Object.values(ApplicantCategory) as string[]).includes(name),
    what: say(
      `فئات متقدمين (${Object.values(ApplicantCategory).join(', ')})`,
      `applicant categories (${Object.values(ApplicantCategory).join(', ')})`,
    ),
  },
  GOVERNORATES: {
    valid: isGovernorateCode,
    what: say('رموز محافظات (ISO 3166-2، مثل YE-HD)', 'governorate codes (ISO 3166-2, e.g. YE-HD)'),
  },
  GUARANTEE: {
    valid: (name) => (Object.values(GuaranteeType) as string[]).includes(name),
    what: say(`أنواع ضمانات (${Object.values(GuaranteeType).join(', ')})`, `guarantee types (${Object.values(GuaranteeType).join(', ')})`),
  },
  CURRENCY: { valid: (name) => /^[A-Z]{3}$/.test(name), what: say('رموز عملات ISO 4217 (مثل YER)', 'ISO 4217 currency codes (e.g. YER)') },
};

/** How the messages name a question type (Arabic as the editor's type menu). */
const TYPE_NAMES: Record<QuestionType, Bilingual> = {
  TEXT: say('نص', 'text'),
  INTEGER: say('عدد صحيح', 'integer'),
  DECIMAL: say('رقم عشري', 'decimal'),
  BOOLEAN: say('نعم / لا', 'boolean'),
  DATE: say('تاريخ', 'date'),
  SELECT_ONE: say('اختيار واحد', 'select_one'),
  SELECT_MULTIPLE: say('اختيار متعدد', 'select_multiple'),
  NOTE: say('ملاحظة', 'note'),
  CALCULATE: say('حساب', 'calculate'),
  GROUP: say('مجموعة', 'group'),
  REPEAT: say('تكرار', 'repeat'),
};

const SELECTS: readonly QuestionType[] = ['SELECT_ONE', 'SELECT_MULTIPLE'];
const RESERVED_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Everything wrong with a form definition, in form order; an empty array means valid. Structure, limits,
 * expressions (syntax, references, cycles), defaults and capabilities.
 */
export function validateForm(form: FormDefinition): FormIssue[] {
  const issues: FormIssue[] = [];
  const questions: FormQuestion[] = Array.isArray(form?.questions) ? form.questions : [];
  if (questions.length === 0) {
    issues.push(issue('', 'name', say('لا أسئلة في الاستبيان', 'The questionnaire has no questions')));
    return issues;
  }
  if (questions.length > FORM_LIMITS.maxQuestions) {
    issues.push(
      issue(
        questions[FORM_LIMITS.maxQuestions].name,
        'name',
        say(`للاستبيان ${FORM_LIMITS.maxQuestions} سؤال على الأكثر`, `A questionnaire has at most ${FORM_LIMITS.maxQuestions} questions`),
      ),
    );
    return issues;
  }
  const structure = formStructure(form);
  const seen = new Set<string>();
  const capabilityScopes = new Map<string, QuestionNode>();

  for (const node of structure.nodes) {
    const { question } = node;
    const name = question.name;
    const add: Add = (field, message, detail) => issues.push(issue(name, field, message, detail));

    if (typeof name !== 'string' || !NAME_PATTERN.test(name) || RESERVED_NAMES.has(name)) {
      add(
        'name',
        say(
          `"${name}" ليس اسماً صالحاً: استخدم الحروف والأرقام و _ - و .، وابدأ بحرف أو _`,
          `"${name}" is not a valid name: use letters, digits, _ - and ., starting with a letter or _`,
        ),
      );
    } else if (seen.has(name)) {
      add('name', say(`الاسم "${name}" مستخدم لأكثر من سؤال`, `The name "${name}" is used by more than one question`));
    }
    seen.add(name);

    if (!QUESTION_TYPES.includes(question.type)) {
      add('type', say(`نوع سؤال غير معروف "${question.type}"`, `Unknown question type "${question.type}"`));
      continue;
    }

    if (question.parent) {
      const parent = structure.byName.get(question.parent);
      if (!parent) add('parent', say(`المجموعة "${question.parent}" غير موجودة`, `The group "${question.parent}" does not exist`));
      else if (parent.question.type !== 'GROUP' && parent.question.type !== 'REPEAT')
        add('parent', say(`"${question.parent}" ليس مجموعة ولا تكراراً`, `"${question.parent}" is not a group or a repeat`));
      else if (parent.index > node.index) {
        add(
          'parent',
          say(`يجب أن تأتي المجموعة "${question.parent}" قبل الأسئلة التي بداخلها`, `The group "${question.parent}" must come before the questions inside it`),
        );
      }
    }

    const needsLabel = INPUT_TYPES.includes(question.type) || question.type === 'NOTE';
    if (needsLabel && !question.label?.ar?.trim() && !question.label?.en?.trim()) add('label', say('نص السؤال مطلوب بالعربية أو الإنجليزية', 'A label in Arabic or English is required'));

    validateChoices(question, add);
    validateExpressions(node, structure.byName, add);

    if (question.type === 'CALCULATE' && !node.expressions.calculation) {
      add('calculation', say('يحتاج سؤال الحساب إلى تعبير حساب', 'A calculate question needs a calculation'));
    }
    if (node.expressions.calculation && (question.type === 'GROUP' || question.type === 'REPEAT' || question.type === 'NOTE')) {
      add('calculation', say(`لا حساب لـ${TYPE_NAMES[question.type].ar}`, `A ${question.type.toLowerCase()} cannot have a calculation`));
    }
    if (node.expressions.repeatCount && question.type !== 'REPEAT') {
      add('repeatCount', say('عدد الإدخالات للتكرار وحده', 'Only a repeat has a repeat count'));
    }
    if (node.expressions.choiceFilter && !SELECTS.includes(question.type)) {
      add('choiceFilter', say('تصفية الخيارات لسؤال الاختيار وحده', 'Only a select question has a choice filter'));
    }
    if (question.maxRepeats != null) {
      if (question.type !== 'REPEAT') add('repeatCount', say('الحد الأقصى للإدخالات للتكرار وحده', 'Only a repeat has a maximum number of entries'));
      else if (!Number.isInteger(question.maxRepeats) || question.maxRepeats < 1 || question.maxRepeats > FORM_LIMITS.maxRepeatEntries) {
        add(
          'repeatCount',
          say(
            `الحد الأقصى للإدخالات عدد صحيح من 1 إلى ${FORM_LIMITS.maxRepeatEntries}`,
            `The maximum number of entries must be a whole number from 1 to ${FORM_LIMITS.maxRepeatEntries}`,
          ),
        );
      }
    }

    if (question.default != null && question.default !== '') {
      if (!INPUT_TYPES.includes(question.type)) {
        add('default', say(`لا إجابة افتراضية لـ${TYPE_NAMES[question.type].ar}`, `A ${question.type.toLowerCase()} cannot have a default answer`));
      } else {
        if ('problem' in normaliseValue(question, question.default)) {
          add(
            'default',
            say(
              `الإجابة الافتراضية "${question.default}" لا تناسب سؤالاً من نوع ${TYPE_NAMES[question.type].ar}`,
              `The default answer "${question.default}" does not fit a ${question.type} question`,
            ),
          );
        }
      }
    }

    if (question.capability != null) validateCapability(node, structure.byName, add, capabilityScopes);
  }

  for (const cycle of structure.cycles) {
    const path = cycle.path.join(' → ');
    issues.push(
      issue(cycle.node.question.name, cycle.field, say(`الحسابات وشروط الظهور تدور في حلقة: ${path}`, `Calculations and relevance go round in a circle: ${path}`)),
    );
  }
  return issues;
}

function issue(question: string, field: FormIssue['field'], localized: Bilingual, detail: IssueDetail = {}): FormIssue {
  const found: FormIssue = { question, field, message: localized.en, localized };
  if (detail.position !== undefined) found.position = detail.position;
  if (detail.reference !== undefined) found.reference = detail.reference;
  if (detail.choice !== undefined) found.choice = detail.choice;
  return found;
}

type Add = (field: FormIssue['field'], message: Bilingual, detail?: IssueDetail) => void;

function validateChoices(question: FormQuestion, add: Add): void {
  const choices = question.choices ?? [];
  if (!SELECTS.includes(question.type)) {
    if (choices.length > 0) add('choices', say('الخيارات لسؤال الاختيار وحده', 'Only a select question has choices'));
    return;
  }
  if (choices.length === 0) {
    add('choices', say('يحتاج سؤال الاختيار إلى خيار واحد على الأقل', 'A select question needs at least one choice'));
    return;
  }
  if (choices.length > FORM_LIMITS.maxChoicesPerQuestion) {
    const max = FORM_LIMITS.maxChoicesPerQuestion;
    add('choices', say(`للسؤال ${max} خيار على الأكثر`, `A question has at most ${max} choices`));
  }
  const names = new Set<string>();
  for (const choice of choices) {
    const name = typeof choice?.name === 'string' ? choice.name : '';
    if (name.trim() === '' || /\s/.test(name)) {
      add(
        'choices',
        say(`قيمة الخيار "${name}" يجب ألا تكون فارغة ولا أن تحوي مسافات`, `Choice name "${name}" must be non-empty and without spaces`),
        { choice: name },
      );
    } else if (names.has(name)) add('choices', say(`قيمة الخيار "${name}" مستخدمة مرتين`, `Choice name "${name}" is used twice`), { choice: name });
    names.add(name);
    if (!choice?.label?.ar?.trim() && !choice?.label?.en?.trim()) {
      add('choices', say(`يحتاج الخيار "${name}" إلى نص بالعربية أو الإنجليزية`, `Choice "${name}" needs a label in Arabic or English`), {
        choice: name,
      });
    }
  }
}

function validateExpressions(node: QuestionNode, byName: Map<string, QuestionNode>, add: Add): void {
  for (const field of EXPRESSION_FIELDS) {
    const parsed = node.expressions[field];
    if (!parsed) continue;
    if (!parsed.ok) {
      add(field, parsed.error.localized, { position: parsed.error.position });
      continue;
    }
    for (const { name, position } of referencePositions(parsed.source)) {
      if (byName.has(name)) continue;
      add(field, say(`\${${name}} لا يشير إلى أي سؤال في هذا الاستبيان`, `\${${name}} names no question of this questionnaire`), {
        position,
        reference: name,
      });
    }
    const nodes = [...subExpressions(parsed.expr)];
    const bare = nodes.find((e): e is Extract<Expr, { type: 'name' }> => e.type === 'name');
    if (bare && field !== 'choiceFilter') {
      const word = bare.name;
      add(
        field,
        say(`"${word}" غير مفهوم هنا: أشر إلى السؤال بـ \${name}`, `"${word}" is not understood here: refer to a question as \${name}`),
        { position: positionOf(parsed.source, word) },
      );
    }
    if (nodes.some((e) => e.type === 'call' && e.name === 'regex' && e.args[1].type === 'string' && !isValidPattern(e.args[1].value))) {
      add(
        field,
        say('نمط regex() ليس تعبيراً نمطياً صالحاً', 'The pattern of regex() is not a valid regular expression'),
        { position: positionOf(parsed.source, 'regex') },
      );
    }
    if (nodes.some((e) => e.type === 'call' && e.name === 'indexed-repeat' && (e.args[0].type !== 'ref' || e.args[1].type !== 'ref'))) {
      add(
        field,
        say('تأخذ indexed-repeat() ${question}، ${repeat}، رقم الإدخال', 'indexed-repeat() takes ${question}, ${repeat}, index'),
        { position: positionOf(parsed.source, 'indexed-repeat') },
      );
    }
  }
}

/** Where the word (a bare name, a function's name) first stands as a token: not inside `${…}` or a quoted text. */
function positionOf(source: string, word: string): number | undefined {
  return tokenize(source).find((token) => token.kind === 'word' && token.text === word)?.position;
}

function validateCapability(node: QuestionNode, byName: Map<string, QuestionNode>, add: Add, scopes: Map<string, QuestionNode>): void {
  const { question } = node;
  const capability = question.capability as Capability;
  if (!CAPABILITIES.includes(capability)) {
    add('capability', say(`قدرة غير معروفة "${capability}"`, `Unknown capability "${capability}"`));
    return;
  }
  if (!CAPABILITY_TYPES[capability].includes(question.type)) {
    const types = CAPABILITY_TYPES[capability];
    add(
      'capability',
      say(
        `${capability} تصف سؤالاً من نوع ${types.map((type) => TYPE_NAMES[type].ar).join(' أو ')}، لا ${TYPE_NAMES[question.type].ar}`,
        `${capability} describes a ${types.join(' or ')} question, not a ${question.type}`,
      ),
    );
    return;
  }
  const innermost = node.repeats.length ? byName.get(node.repeats[node.repeats.length - 1]) : undefined;
  const servicesRepeat = innermost?.question.capability === 'SERVICES' ? innermost.question.name : null;
  if (capability === 'SERVICES' && node.repeats.length > 0) {
    add('capability', say('لا يكون تكرار SERVICES داخل تكرار آخر', 'The SERVICES repeat cannot sit inside another repeat'));
    return;
  }
  if ((capability === 'SERVICE_KIND' || capability === 'SERVICE_NAME') && !servicesRepeat) {
    add('capability', say(`مكان ${capability} داخل التكرار الموسوم SERVICES`, `${capability} belongs inside the repeat marked SERVICES`));
    return;
  }
  if (capability !== 'SERVICES' && innermost && !servicesRepeat) {
    // Inside another repeat the question has one answer per entry: which one would describe the organisation?
    const repeat = innermost.question.name;
    add(
      'capability',
      say(
        `لا يكون سؤال القدرة داخل التكرار "${repeat}" (بل داخل تكرار SERVICES وحده)`,
        `A capability question cannot sit inside the repeat "${repeat}" (only inside the SERVICES repeat)`,
      ),
    );
    return;
  }
  // One question per capability and scope (the organisation, or each services repeat), else the answer is ambiguous.
  const scope = `${capability === 'SERVICES' ? '' : (servicesRepeat ?? '')}:${capability}`;
  const other = scopes.get(scope);
  if (other) {
    add('capability', say(`${capability} موصوفة من قبل في "${other.question.name}"`, `${capability} is already described by "${other.question.name}"`));
  }
  else scopes.set(scope, node);
  const rule = CAPABILITY_CHOICES[capability];
  if (rule && SELECTS.includes(question.type)) {
    const wrong = (question.choices ?? []).filter((choice) => !rule.valid(choice.name)).map((choice) => choice.name);
    if (wrong.length) add('capability', say(`الخيارات ${wrong.join(', ')} ليست ${rule.what.ar}`, `Choices ${wrong.join(', ')} are not ${rule.what.en}`));
  }
}
