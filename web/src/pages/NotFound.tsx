import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle';

export function NotFound() {
  return (
    <>
      <PageTitle title="Page not found" />
      <Text>
        There is no page at this address.{' '}
        <Anchor component={Link} to="/">
          Go to the console
        </Anchor>
        .
      </Text>
    </>
  );
}
