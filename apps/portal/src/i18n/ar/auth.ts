import type { Translation } from '../en';

export const auth: Translation['auth'] = {
  signIn: {
    title: 'تسجيل الدخول',
    subtitle: 'استخدم الحساب الذي أعطاك إياه مدير الشراكة.',
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    submit: 'دخول',
    badCredentials: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
    tooManyAttempts: 'محاولات دخول كثيرة. انتظر دقيقة ثم حاول مرة أخرى.',
    emailRequired: 'أدخل بريدك الإلكتروني.',
    passwordRequired: 'أدخل كلمة المرور.',
  },
  signOut: {
    failed: 'تعذّر تسجيل الخروج. تحقق من الاتصال ثم حاول مرة أخرى.',
  },
  sessionCheckFailed: 'تعذّر الوصول إلى منصة شركاء.',
};
