import { LockOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { t } from '../../../i18n';
import { ChangePasswordModal } from './ChangePasswordModal';

type ChangePasswordButtonProps = {
  /** icon only (narrow screens) */
  compact?: boolean;
};

/** 修改密码 in the header, for every signed-in user. */
export function ChangePasswordButton({ compact }: ChangePasswordButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        icon={<LockOutlined />}
        onClick={() => setOpen(true)}
        aria-label={t('users.changePassword')}
      >
        {compact ? null : t('users.changePassword')}
      </Button>
      <ChangePasswordModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}
