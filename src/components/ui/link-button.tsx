import { Link, type LinkProps } from 'react-router';
import { buttonClass, type ButtonVariant } from './button';

export interface LinkButtonProps extends LinkProps {
  variant?: ButtonVariant;
}

/** An in-app link that looks like a button: navigation stays a link for assistive technology. */
export function LinkButton({ variant = 'primary', className, ...rest }: LinkButtonProps) {
  return <Link className={buttonClass(variant, className)} {...rest} />;
}
