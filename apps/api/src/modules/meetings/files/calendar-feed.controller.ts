import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CalendarFeedsService, ICS_CONTENT_TYPE } from '../calendar/calendar-feeds.service';

/** GET /calendar/<token>.ics: a user's calendar feed. No sign-in: the token is the secret; 404 for any other. */
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly calendars: CalendarFeedsService) {}

  @Get(':file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const text = await this.calendars.feed(file);
    res.setHeader('Cache-Control', 'private, no-store');
    if (text === null) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res.status(200).setHeader('Content-Type', ICS_CONTENT_TYPE);
    res.setHeader('Content-Disposition', 'inline; filename="shuraka.ics"');
    res.send(text);
  }
}
